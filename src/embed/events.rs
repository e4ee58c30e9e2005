//! The events the widget dispatches on its element (through the loader): their names and
//! their details, which say what happened and never what the reader answered.

use crate::ui::AssessmentIds;

/// `clearback:assessment`: an assessment was shown.
pub const ASSESSMENT: &str = "assessment";

/// `{"triage":"…","factors":["…"]}`: ids only. Ids are the content's own, plain
/// lowercase words and dashes, so they need no escaping.
pub fn assessment(ids: &AssessmentIds) -> String {
    let factors: Vec<String> = ids.factors.iter().map(|f| format!("\"{f}\"")).collect();
    format!("{{\"triage\":\"{}\",\"factors\":[{}]}}", ids.triage.id(), factors.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Triage;

    #[test]
    fn the_assessment_detail_is_json_of_ids_only() {
        let ids = AssessmentIds { triage: Triage::Routine, factors: vec!["fungal", "sweat"] };
        assert_eq!(assessment(&ids), r#"{"triage":"routine","factors":["fungal","sweat"]}"#);
        let none = AssessmentIds { triage: Triage::SelfCare, factors: vec![] };
        assert_eq!(assessment(&none), r#"{"triage":"self-care","factors":[]}"#);
    }
}
