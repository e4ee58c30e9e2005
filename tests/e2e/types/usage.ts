// How a publisher's TypeScript uses the widget: this file must type-check against
// dist/clearback.d.ts (tests/e2e/publisher.test.mjs runs tsc on it), and the marked lines
// must not.
import type { ClearbackAssessment, ClearbackWidgetElement } from "../../../dist/clearback";

const widget = document.querySelector("clearback-widget");
if (widget) {
  const element: ClearbackWidgetElement = widget;
  element.show("recipes");
  element.restart();
  const assessment: ClearbackAssessment | null = element.assessment;
  if (assessment && "triage" in assessment) {
    const level: "urgent" | "soon" | "routine" | "self-care" = assessment.triage;
    console.log(level, assessment.factors.length);
  }
  element.addEventListener("clearback:step", (event) => console.log(event.detail.step));
  element.addEventListener("clearback:timer-done", (event) => console.log(event.detail.recipe.toUpperCase()));
  element.addEventListener("clearback:ready", (event) => console.log(event.detail.view));
  // @ts-expect-error: the widget has no such view
  element.show("everything");
  // @ts-expect-error: the assessment cannot be set by the page
  element.assessment = null;
}
const props: JSX.IntrinsicElements["clearback-widget"] = { lang: "uk", view: "recipes", theme: "dark" };
console.log(props);
