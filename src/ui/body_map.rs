//! The body map beside a question whose options are places on the body: the back, drawn
//! the width of the widget on a phone, as regions a thumb can hit. Each region is one
//! option (`data-body-area`), a checkbox for screen readers and the keyboard, ticked when
//! the reader's answer has that option; pointing at it ticks or unticks the same answer
//! as its checkbox. The list of checkboxes stays the complete way to answer: places the
//! back cannot show (the chest, the skin folds, the legs) are in the list only.

use yew::prelude::*;

use super::app::Ui;
use super::button::flag;
use super::state::Msg;
use crate::content::{fill, ui, Choice};
use crate::engine::screens::Asked;
use crate::engine::session;

// The geometry is the drawing's, like the outline around it: nothing an editor words or a
// clinician checks, so it is one table here rather than content. The compiler checks it
// (below); the test at the end checks that it draws options of the question.

/// The drawing's size, in its units.
const VIEW_WIDTH: u16 = 260;
const VIEW_HEIGHT: u16 = 232;

/// The least width and height of a piece, in units. The map is drawn the width of the
/// widget's content, about 262 px on a 320 px phone, where 46 units are 46 px; they stay
/// a thumb's 44 px down to a content 249 px wide.
const MIN_SIDE: u16 = 46;

/// The least space between two pieces, in units: a tap in it ticks nothing, rather than
/// the wrong place.
const GAP: u16 = 3;

/// One drawn piece of a region: a rectangle (its corner and size) with round corners, the
/// radius of each given from the top left, clockwise; a rounder one follows the body's
/// outline (a shoulder). The piece's fill is where it takes a tap, and lies within the
/// rectangle, so that rectangles that do not overlap are hit areas that do not overlap.
#[derive(Clone, Copy)]
struct Piece {
    x: u16,
    y: u16,
    width: u16,
    height: u16,
    radii: [u16; 4],
}

/// A piece with the usual corners.
const fn piece(x: u16, y: u16, width: u16, height: u16) -> Piece {
    Piece { x, y, width, height, radii: [8; 4] }
}

/// A piece with corners of its own: a shoulder's outer top one follows the shoulder.
const fn rounded(x: u16, y: u16, width: u16, height: u16, radii: [u16; 4]) -> Piece {
    Piece { x, y, width, height, radii }
}

/// The regions, in the order of the question's options (the order of the Tab key), as a
/// grid on the back: the shoulders above; the spine down the middle; beside it the upper
/// back over the lower back; the ribs as bands on the sides of the upper back.
const REGIONS: [(&str, &[Piece]); 5] = [
    ("shoulders", &[rounded(4, 60, 99, 46, [22, 8, 8, 8]), rounded(157, 60, 99, 46, [8, 22, 8, 8])]),
    ("upper-back", &[piece(55, 109, 48, 56), piece(157, 109, 48, 56)]),
    ("lower-back", &[piece(12, 168, 91, 50), piece(157, 168, 91, 50)]),
    ("spine", &[piece(106, 60, 48, 158)]),
    ("ribs", &[piece(4, 109, 48, 56), piece(208, 109, 48, 56)]),
];

/// Every piece lies in the drawing, is at least `MIN_SIDE` each way, and keeps `GAP` from
/// every other piece, of its own region or another. (The pieces met so far are kept in an
/// array of 16, as a constant cannot grow one: more pieces fail here too.)
const _: () = {
    let mut pieces = [piece(0, 0, 0, 0); 16];
    let mut count = 0;
    let mut r = 0;
    while r < REGIONS.len() {
        let mut p = 0;
        while p < REGIONS[r].1.len() {
            let a = REGIONS[r].1[p];
            assert!(a.width >= MIN_SIDE && a.height >= MIN_SIDE, "a body map piece is smaller than a thumb");
            let mut c = 0;
            while c < 4 {
                assert!(
                    2 * a.radii[c] <= a.width && 2 * a.radii[c] <= a.height,
                    "a body map corner is rounder than its piece"
                );
                c += 1;
            }
            assert!(
                a.x + a.width <= VIEW_WIDTH && a.y + a.height <= VIEW_HEIGHT,
                "a body map piece is outside the drawing"
            );
            let mut q = 0;
            while q < count {
                let b = pieces[q];
                let apart = a.x + a.width + GAP <= b.x
                    || b.x + b.width + GAP <= a.x
                    || a.y + a.height + GAP <= b.y
                    || b.y + b.height + GAP <= a.y;
                assert!(apart, "two body map pieces overlap or touch");
                q += 1;
            }
            pieces[count] = a;
            count += 1;
            p += 1;
        }
        r += 1;
    }
};

/// The outline of the neck, the shoulders and the trunk down to the hips, around the
/// regions.
const OUTLINE: &str =
    "M118 34v14q-50 0-92 9a25 25 0 0 0-25 25v68q0 20 8 38q-6 14-6 40h254q0-26-6-40q8-18 8-38\
v-68a25 25 0 0 0-25-25q-42-9-92-9v-14z";

impl Piece {
    fn drawn(self) -> Html {
        let Piece { x, y, width, height, radii: [tl, tr, br, bl] } = self;
        let (right, bottom) = (x + width, y + height);
        let d = format!(
            "M{} {y}H{}A{tr} {tr} 0 0 1 {right} {}V{}A{br} {br} 0 0 1 {} {bottom}H{}A{bl} {bl} 0 0 1 {x} {}V{}\
             A{tl} {tl} 0 0 1 {} {y}Z",
            x + tl,
            right - tr,
            y + tr,
            bottom - br,
            right - br,
            x + bl,
            bottom - bl,
            y + tl,
            x + tl,
        );
        html! { <path class="cb-map-piece" {d} /> }
    }

    /// A tick at the piece's centre, so that a chosen place shows without its colour.
    fn tick(self) -> Html {
        let centre = format!("translate({} {})", self.x + self.width / 2, self.y + self.height / 2);
        html! { <path class="cb-map-tick" transform={centre} d="M-9 0l6 6 12-13" /> }
    }
}

/// The figure, whose regions tick and untick the options of `asked` as their checkboxes
/// do, and under it the places chosen, on the map or in the list.
pub fn body_map(ui: &Ui, asked: &Asked) -> Html {
    let lang = ui.lang;
    let chosen: Vec<&str> =
        asked.question.options.iter().filter(|c| asked.is_chosen(c)).map(|c| c.label.get(lang)).collect();
    let echo = if chosen.is_empty() {
        ui::BODY_MAP_NONE.get(lang).to_owned()
    } else {
        fill(ui::BODY_MAP_CHOSEN.get(lang), &[("places", &chosen.join(", "))])
    };
    html! {
        <figure class="cb-map" part="body-map">
            <svg viewBox={format!("0 0 {VIEW_WIDTH} {VIEW_HEIGHT}")} role="group" aria-label={ui::BODY_MAP.get(lang)}>
                <g class="cb-map-body" aria-hidden="true">
                    <ellipse cx="130" cy="19" rx="15" ry="17" />
                    <path d={OUTLINE} />
                    <text class="cb-map-label" x="4" y="20">{ ui::BODY_BACK.get(lang) }</text>
                </g>
                for (id, pieces) in REGIONS {
                    if let Some(choice) = asked.question.choice(id) {
                        { region(ui, asked, choice, pieces) }
                    }
                }
            </svg>
            <figcaption class="cb-map-echo">{ echo }</figcaption>
        </figure>
    }
}

/// One place on the body: pointing at it, or Space and Enter on it, toggles its option.
fn region(ui: &Ui, asked: &Asked, choice: &'static Choice, pieces: &[Piece]) -> Html {
    let checked = asked.is_chosen(choice);
    let toggle =
        Msg::Checker(session::Action::Choose { question: asked.question, option: choice.id, on: !checked });
    let onclick = ui.send.reform({
        let toggle = toggle.clone();
        move |_: MouseEvent| toggle.clone()
    });
    let onkeydown = {
        let send = ui.send.clone();
        Callback::from(move |event: KeyboardEvent| {
            if matches!(event.key().as_str(), " " | "Enter") {
                event.prevent_default();
                send.emit(toggle.clone());
            }
        })
    };
    let label = choice.label.get(ui.lang);
    html! {
        <g key={choice.id} class="cb-map-area" role="checkbox" tabindex="0" data-body-area={choice.id}
            aria-checked={flag(checked)} aria-label={label} {onclick} {onkeydown}>
            <title>{ label }</title>
            for piece in pieces {
                { piece.drawn() }
            }
            if checked {
                for piece in pieces {
                    { piece.tick() }
                }
            }
        </g>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QUESTIONS;

    /// The map draws options of its question, each once and in the question's order (so
    /// that the Tab key meets them as the list does); the options it does not draw are
    /// answered in the list, which always has every option.
    #[test]
    fn every_region_is_an_option_of_the_body_map_question_in_its_order() {
        let drawn: Vec<&str> = REGIONS.iter().map(|(id, _)| *id).collect();
        for q in QUESTIONS.iter().filter(|q| q.body_map) {
            let offered: Vec<&str> = q.options.iter().map(|c| c.id).filter(|id| drawn.contains(id)).collect();
            assert_eq!(drawn, offered, "{}: every region is one of its options, in their order", q.id);
        }
        assert!(QUESTIONS.iter().any(|q| q.body_map), "the area question has the map");
    }
}
