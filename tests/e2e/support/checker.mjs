// Driving the checker the way a reader does, through the public hooks of PRODUCT.md.

/// Ticks the given answers on whatever step shows, moving on with "next" until the
/// result shows. `answers` maps question id to option ids; an answer to a question that
/// never appeared fails, so that a typo cannot weaken a scenario unseen. Returns the ids
/// of the questions the reader was asked.
export async function completeInterview(host, answers) {
  const asked = [];
  for (let guard = 0; guard < 12; guard += 1) {
    if (await host.locator("[data-triage]").count()) {
      const missed = Object.keys(answers).filter((id) => !asked.includes(id));
      if (missed.length) throw new Error(`never asked: ${missed.join(", ")} (asked: ${asked.join(", ")})`);
      return asked;
    }
    for (const question of await host.locator("[data-question]").all()) {
      const id = await question.getAttribute("data-question");
      asked.push(id);
      for (const option of answers[id] || []) {
        await question.locator(`input[value="${option}"]`).check();
      }
    }
    const next = host.locator("[data-action='next']");
    await (await next.count() ? next : host.locator("[data-action='results']")).click();
  }
  throw new Error("the interview did not reach a result");
}

export async function ids(host, attribute) {
  return host.locator(`[${attribute}]`).evaluateAll(
    (elements, name) => elements.map((e) => e.getAttribute(name)),
    attribute,
  );
}

export async function statusOf(host, hook, id) {
  return host.locator(`[${hook}="${id}"]`).getAttribute("data-status");
}

/// `{ id: status }` for every element with `hook` (`data-procedure`, `data-recipe`).
export async function statuses(host, hook) {
  return host.locator(`[${hook}]`).evaluateAll(
    (elements, name) => Object.fromEntries(elements.map((e) => [e.getAttribute(name), e.dataset.status])),
    hook,
  );
}
