// Types for <clearback-widget>: its attributes, its API and its events. The events'
// details say what happened and carry no answers; an assessment's triage and factor ids
// (health information) only when the publisher's configuration has "health-ids": true.

export type ClearbackLanguage = "en" | "ru" | "uk";
export type ClearbackView = "checker" | "recipes";
export type ClearbackTheme = "light" | "dark" | "auto";
export type ClearbackTriage = "urgent" | "soon" | "routine" | "self-care";

/** What an assessment tells the page: that it was shown, or, with "health-ids": true, its ids. */
export type ClearbackAssessment = { readonly shown: true } | { readonly triage: ClearbackTriage; readonly factors: readonly string[] };

export interface ClearbackEventMap {
  /** The widget has rendered. */
  "clearback:ready": CustomEvent<{ readonly view: ClearbackView }>;
  /** The reader moved to a step of the checker, or to the result ("result"). */
  "clearback:step": CustomEvent<{ readonly step: "warning" | "skin" | "you" | "habits" | "history" | "result" }>;
  /** An assessment was shown. */
  "clearback:assessment": CustomEvent<ClearbackAssessment>;
  /** A recipe's timer ran out. */
  "clearback:timer-done": CustomEvent<{ readonly recipe: string }>;
}

export interface ClearbackWidgetElement extends HTMLElement {
  lang: string;
  /** Back to a fresh checker: the answers are cleared. */
  restart(): void;
  /** Opens a view; called before the widget has loaded, it is where the widget opens. */
  show(view: ClearbackView): void;
  /** `null` until an assessment is shown. */
  readonly assessment: ClearbackAssessment | null;
  addEventListener<K extends keyof ClearbackEventMap>(
    type: K,
    listener: (this: ClearbackWidgetElement, event: ClearbackEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ClearbackEventMap>(
    type: K,
    listener: (this: ClearbackWidgetElement, event: ClearbackEventMap[K]) => void,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** The attributes, as JSX props for React and Preact. */
export interface ClearbackWidgetAttributes {
  lang?: ClearbackLanguage;
  view?: ClearbackView;
  theme?: ClearbackTheme;
  id?: string;
  class?: string;
  className?: string;
  children?: unknown;
}

declare global {
  interface HTMLElementTagNameMap {
    "clearback-widget": ClearbackWidgetElement;
  }
  interface HTMLElementEventMap extends ClearbackEventMap {}
  namespace JSX {
    interface IntrinsicElements {
      "clearback-widget": ClearbackWidgetAttributes;
    }
  }
}
