//! The framework floor: the smallest Yew app that renders and reacts, built with the
//! widget's toolchain, profile and wasm-opt, so that the widget's size can be read
//! against it.

use yew::prelude::*;

#[component(Counter)]
fn counter() -> Html {
    let count = use_state(|| 0_u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! { <button {onclick}>{ *count }</button> }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}
