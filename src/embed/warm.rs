//! Runs the code of the widget's screens once, on elements the page never shows, while
//! the page is idle. Chromium compiles a WebAssembly function when it is first called, on
//! the main thread: without this, a widget's first render, and the first showing of the
//! guide, would compile most of the widget in one task a reader would feel.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::Blank;
use crate::content::Lang;
use crate::engine::answers::Answers;
use crate::engine::assessment::assess;
use crate::engine::publisher::Publisher;
use crate::engine::screens::GuideScreen;
use crate::engine::session::Session;
use crate::engine::settings::{resolve, Attributes, View};
use crate::ui::{App, AppProps, HostEvent, Opening, Services, Shared};

/// The stages, each small enough for a task of its own: Yew's own rendering, what the
/// checker's first screen shows, then that screen; the assessment and the guide's cards,
/// then the guide.
const STAGES: u32 = 5;

/// Runs stage `stage` in the reader's language `lang`; whether there are more.
pub fn warm(stage: u32, lang: Lang) -> bool {
    let Ok(root) = gloo_utils::document().create_element("div") else { return false };
    let render =
        |view| yew::Renderer::<App>::with_root_and_props(root.clone(), props(lang, view)).render().destroy();
    match stage {
        0 => yew::Renderer::<Sample>::with_root(root.clone()).render().destroy(),
        1 => drop((resolve(&Attributes::default()), Session::default().screen())),
        2 => render(View::Checker),
        3 => drop(GuideScreen::of(&assess(&Answers::default()), &Answers::default())),
        4 => render(View::Recipes),
        _ => return false,
    }
    stage + 1 < STAGES
}

fn props(lang: Lang, view: View) -> AppProps {
    AppProps {
        attributes: Attributes { lang: Some(lang.code().to_owned()), ..Attributes::default() },
        bridge: Shared(Rc::new(Quiet)),
        device: Shared(Rc::new(Blank)),
        command: (0, None),
        publisher: Rc::new(Publisher::default()),
        session_key: "".into(),
        opening: Opening { fresh: false, view: Some(view) },
    }
}

/// A little of everything Yew does to draw: elements, attributes, text, a listener.
#[component(Sample)]
fn sample() -> Html {
    let clicked = use_state(|| false);
    let onclick = Callback::from(move |_: MouseEvent| clicked.set(true));
    html! {
        <section class="cb">
            <p>{ "" }</p>
            <button type="button" {onclick}>{ "" }</button>
        </section>
    }
}

/// Services that do nothing: the warmed screens reach no page.
struct Quiet;

impl Services for Quiet {
    fn event(&self, _: HostEvent) {}
    fn print(&self, _: Callback<()>) {}
    fn copy(&self, _: &str, _: Callback<bool>) {}
    fn load_texts(&self, _: Lang, _: Callback<()>) {}
    fn release_space(&self) {}
    fn keep_awake(&self, _: bool) {}
    fn time_up(&self, _: bool) {}
}
