//! The events the widget dispatches on its element (through the loader): their names and
//! their details, which say what happened and never what the reader answered. A triage
//! level or a factor is health information: the assessment's ids go out only when the
//! publisher's configuration says `"health-ids": true`.

use crate::ui::HostEvent;

/// `clearback:<name>` and its detail, as JSON. Ids are the content's own, plain lowercase
/// words and dashes, so they need no escaping.
pub fn detail(event: &HostEvent, health_ids: bool) -> (&'static str, String) {
    match event {
        HostEvent::Ready(view) => ("ready", format!("{{\"view\":\"{}\"}}", view.id())),
        HostEvent::Step(step) => ("step", format!("{{\"step\":\"{step}\"}}")),
        HostEvent::Assessment(ids) if health_ids => {
            let factors: Vec<String> = ids.factors.iter().map(|f| format!("\"{f}\"")).collect();
            (
                "assessment",
                format!("{{\"triage\":\"{}\",\"factors\":[{}]}}", ids.triage.id(), factors.join(",")),
            )
        }
        HostEvent::Assessment(_) => ("assessment", "{\"shown\":true}".to_owned()),
        HostEvent::TimerDone(recipe) => ("timer-done", format!("{{\"recipe\":\"{recipe}\"}}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Triage;
    use crate::engine::settings::View;
    use crate::ui::AssessmentIds;

    #[test]
    fn by_default_no_detail_carries_health_information() {
        let ids = AssessmentIds { triage: Triage::Routine, factors: vec!["fungal", "sweat"] };
        assert_eq!(
            detail(&HostEvent::Assessment(ids.clone()), false),
            ("assessment", r#"{"shown":true}"#.into())
        );
        assert_eq!(
            detail(&HostEvent::Assessment(ids), true),
            ("assessment", r#"{"triage":"routine","factors":["fungal","sweat"]}"#.into()),
            "with the publisher's health-ids"
        );
        assert_eq!(
            detail(&HostEvent::Ready(View::Recipes), false),
            ("ready", r#"{"view":"recipes"}"#.into())
        );
        assert_eq!(detail(&HostEvent::Step("skin"), false), ("step", r#"{"step":"skin"}"#.into()));
        assert_eq!(
            detail(&HostEvent::TimerDone("soda-mask"), false),
            ("timer-done", r#"{"recipe":"soda-mask"}"#.into())
        );
    }
}
