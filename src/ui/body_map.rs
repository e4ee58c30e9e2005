//! The body map beside a question whose options are places on the body: a figure seen
//! from the back and from the front, drawn for the widget in simple shapes that the theme
//! colours. Each region is one option (`data-body-area`), a checkbox for screen readers
//! and the keyboard, ticked when the reader's answer has that option; pointing at it
//! ticks or unticks the same answer as its checkbox (see `intent.rs`).

use super::markup::{Fixed, Markup};
use crate::attrs;
use crate::content::{ui, Question};
use crate::engine::answers::Answers;

/// A shape of a region, as its element and attributes: an ellipse (`cx`, `cy`, `rx`,
/// `ry`) or a rectangle (`x`, `y`, `width`, `height`, drawn with round corners), in the
/// drawing's 240 × 250 units. Written out whole, so that drawing one is one call.
type Shape = (&'static str, Fixed);

macro_rules! ellipse {
    ($cx:literal, $cy:literal, $rx:literal, $ry:literal) => {
        (
            "ellipse",
            attrs![
                "cx" = stringify!($cx),
                "cy" = stringify!($cy),
                "rx" = stringify!($rx),
                "ry" = stringify!($ry)
            ],
        )
    };
}

macro_rules! rect {
    ($x:literal, $y:literal, $width:literal, $height:literal) => {
        (
            "rect",
            attrs![
                "x" = stringify!($x),
                "y" = stringify!($y),
                "width" = stringify!($width),
                "height" = stringify!($height),
                "rx" = "4",
            ],
        )
    };
}

/// The regions in the order of the options, drawn in that order: later ones (the spine,
/// the sides, the folds) lie over the larger areas they cross. The back is centred on
/// x = 60, the front on x = 180.
const REGIONS: [(&str, &[Shape]); 8] = [
    (
        "shoulders",
        &[
            ellipse!(37, 50, 13, 8),
            ellipse!(83, 50, 13, 8),
            ellipse!(157, 50, 13, 8),
            ellipse!(203, 50, 13, 8),
        ],
    ),
    ("upper-back", &[rect!(40, 50, 40, 40)]),
    ("lower-back", &[rect!(42, 90, 36, 30)]),
    ("spine", &[rect!(56, 44, 8, 76)]),
    ("ribs", &[rect!(36, 66, 8, 36), rect!(76, 66, 8, 36)]),
    ("chest", &[rect!(160, 52, 40, 30)]),
    (
        "skin-folds",
        &[
            ellipse!(40, 62, 5, 5),
            ellipse!(80, 62, 5, 5),
            rect!(46, 120, 28, 10),
            ellipse!(160, 62, 5, 5),
            ellipse!(200, 62, 5, 5),
            rect!(164, 82, 32, 6),
            rect!(166, 120, 28, 10),
        ],
    ),
    (
        "legs",
        &[
            rect!(42, 132, 16, 100),
            rect!(62, 132, 16, 100),
            rect!(162, 132, 16, 100),
            rect!(182, 132, 16, 100),
        ],
    ),
];

/// The outline of the neck, the shoulders, the arms, the trunk and the legs, in which
/// the regions lie.
macro_rules! outline {
    () => {
        "M54 34h12l2 8q14 2 26 8q6 4 5 12l-3 58h-10l-2-52h-4l2 12v56l-2 102h-16l-4-92-4 92h-16\
l-2-102v-56l2-12h-4l-2 52h-10l-3-58q-1-8 5-12q12-6 26-8z"
    };
}

/// The figure, back and front: a head each, and the outline.
const FIGURE: [Shape; 4] = [
    ellipse!(60, 20, 13, 15),
    ellipse!(180, 20, 13, 15),
    ("path", attrs!["d" = outline!()]),
    ("path", attrs!["d" = outline!(), "transform" = "translate(120 0)"]),
];

fn shapes(m: &mut Markup, shapes: &[Shape]) {
    for (tag, fixed) in shapes {
        m.open(tag, fixed);
        m.close();
    }
}

pub fn body_map(m: &mut Markup, q: &'static Question, answers: &Answers) {
    m.open("figure", attrs!["class" = "cb-map", "part" = "body-map"]);
    m.open("svg", attrs!["viewBox" = "0 0 240 250", "role" = "group"]);
    m.attr("aria-label", ui::BODY_MAP.get(m.lang));
    m.open("g", attrs!["class" = "cb-map-body", "aria-hidden" = "true"]);
    shapes(m, &FIGURE);
    m.close();
    for (id, drawn) in &REGIONS {
        let Some(choice) = q.choice(id) else { continue };
        m.open("g", attrs!["class" = "cb-map-area", "role" = "checkbox", "tabindex" = "0"]);
        m.attr("data-body-area", choice.id);
        m.attr("aria-checked", if answers.has_option(q, choice.id) { "true" } else { "false" });
        m.attr("aria-label", choice.label.get(m.lang));
        m.leaf("title", attrs![], choice.label);
        shapes(m, drawn);
        m.close();
    }
    m.close();
    m.open("figcaption", attrs!["class" = "cb-map-caption", "aria-hidden" = "true"]);
    m.leaf("span", attrs![], ui::BODY_BACK);
    m.leaf("span", attrs![], ui::BODY_FRONT);
    m.close();
    m.close();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QUESTIONS;

    #[test]
    fn every_place_a_body_map_question_offers_is_drawn_and_nothing_else() {
        for q in QUESTIONS.iter().filter(|q| q.body_map) {
            let drawn: Vec<&str> = REGIONS.iter().map(|(id, _)| *id).collect();
            let offered: Vec<&str> = q.options.iter().map(|c| c.id).collect();
            assert_eq!(drawn, offered, "{}: the regions are its options, in their order", q.id);
        }
        assert!(QUESTIONS.iter().any(|q| q.body_map), "the area question has the map");
    }
}
