// The red flags and the readers most at risk, end to end in each language: fever,
// shingles, pregnancy, a child, thoughts of self-harm and distress, isotretinoin, cancer
// treatment and skipped warning signs. Driven only through the public hooks of PRODUCT.md,
// as outside tests do.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, ready, axeViolations } from "./support/browser.mjs";
import { completeInterview, ids, statuses } from "./support/checker.mjs";

const HARSH = ["soda-mask", "salt-scrub", "fruit-acid-peel", "peroxide-spot", "salicylic-cleanse"];

// What a reader of each language must read on screen.
const WORDS = {
  en: {
    today: /today/,
    emergency: /emergency number/,
    noRemedies: /No home remedy is offered now/,
    differin: /Differin \(adapalene\)/,
    crisis: /crisis line/,
    skipped: /You skipped the first question/,
    allClear: /Nothing you told us|You can start with care at home/,
    prescriber: /doctor who prescribed it today/,
    moodSideEffects: /known side effects of isotretinoin/,
    helpline: /24-hour helpline/,
    breastfeeding: /While breastfeeding, do not take isotretinoin/,
    doctorFirst: /Ask a doctor first/,
    shingles: /within 3 days/,
    child: /before the age of 12/,
    answerFirst: /You skipped questions that decide whether a procedure is safe for you/,
  },
  ru: {
    today: /сегодня/,
    emergency: /номеру экстренной помощи/,
    noRemedies: /домашние средства не предлагаются/,
    differin: /Дифферин \(адапален\)/,
    crisis: /телефон доверия/,
    skipped: /Вы пропустили первый вопрос/,
    allClear: /обращаться к врачу сейчас не нужно|Можно начать с домашнего ухода/,
    prescriber: /сегодня же свяжитесь с врачом, который его назначил/,
    moodSideEffects: /известные побочные эффекты изотретиноина/,
    helpline: /круглосуточному телефону/,
    breastfeeding: /Во время грудного вскармливания не принимайте изотретиноин/,
    doctorFirst: /Сначала к врачу/,
    shingles: /в первые 3\u00a0дня/,
    child: /младше 12\u00a0лет/,
    answerFirst: /Вы пропустили вопросы, от которых зависит, безопасна ли для вас процедура/,
  },
  uk: {
    today: /сьогодні/,
    emergency: /номером екстреної допомоги/,
    noRemedies: /Зараз домашні засоби не пропонуються/,
    differin: /Диферин \(адапален\)/,
    crisis: /телефон довіри/,
    skipped: /Ви пропустили перше запитання/,
    allClear: /лікар зараз не потрібен|Можна почати з домашнього догляду/,
    prescriber: /сьогодні ж зв’яжіться з лікарем, який його призначив/,
    moodSideEffects: /відомі побічні ефекти ізотретиноїну/,
    helpline: /цілодобову лінію/,
    breastfeeding: /Під час грудного вигодовування не приймайте ізотретиноїн/,
    doctorFirst: /Спершу до лікаря/,
    shingles: /протягом 3\u00a0днів/,
    child: /до 12\u00a0років/,
    answerFirst: /Ви пропустили запитання, від яких залежить, чи безпечна для вас процедура/,
  },
};

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env.close();
});

async function widgetPage(lang) {
  const opened = await openPage(env, `/pages/near.html?lang=${lang}`, { viewport: { width: 1280, height: 1600 } });
  const host = opened.page.locator("#widget");
  await ready(host);
  return { ...opened, host };
}

/// The result's sections in the order they appear, by their first hook or class.
async function order(host) {
  return host.locator(".cb-result").evaluate((result) =>
    [...result.children].map((e) =>
      e.dataset.triage !== undefined
        ? "triage"
        : e.classList.contains("cb-caveat")
          ? "caveat"
          : e.classList.contains("cb-first-actions")
          ? "now"
          : e.classList.contains("cb-why")
          ? "why"
          : e.classList.contains("cb-later")
            ? "later"
            : e.querySelector("[data-specialist]")
              ? "specialists"
              : e.tagName.toLowerCase(),
    ),
  );
}

/// The verdict and the reasons for it, as the reader reads them.
async function verdict(host) {
  return (await host.locator("[data-triage]").textContent()) + (await host.locator(".cb-result").textContent());
}

async function recipesInGuide(host) {
  await host.locator("[data-view='recipes']").click();
  await host.locator("[data-recipe]").first().waitFor();
  const found = await statuses(host, "data-recipe");
  await host.locator("[data-view='checker']").click();
  return found;
}

for (const lang of ["en", "ru", "uk"]) {
  const words = WORDS[lang];

  test(`${lang}: fever ends the interview and leads with what to do today, offering nothing to try at home`, async () => {
    const { page, host, record, context } = await widgetPage(lang);
    const asked = await completeInterview(host, { "warning-signs": ["fever"] });
    assert.deepEqual(asked, ["warning-signs"], "no question after the red flag");
    assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "urgent");
    assert.match(await verdict(host), words.today);
    const advice = await ids(host, "data-advice");
    assert.ok(advice.includes("see-doctor-first") && advice.includes("emergency-signs"), advice.join());
    assert.match(await host.locator("[data-advice='emergency-signs']").textContent(), words.emergency);
    const sections = await order(host);
    assert.deepEqual(sections.slice(0, 5), ["h3", "triage", "now", "why", "specialists"], sections.join());
    assert.match(await host.locator(".cb-result").textContent(), words.noRemedies);
    assert.equal(await host.locator("details.cb-later").getAttribute("open"), null, "the rest waits, closed");
    assert.deepEqual(await ids(host, "data-specialist"), ["gp"]);
    for (const [id, status] of Object.entries(await statuses(host, "data-procedure"))) {
      assert.equal(status, "not-advised", id);
    }
    for (const [id, status] of Object.entries(await recipesInGuide(host))) {
      assert.equal(status, HARSH.includes(id) ? "not-advised" : "caution", id);
    }
    await host.locator("[data-view='recipes']").click();
    assert.match(await host.locator("[data-recipe='calendula-wipe'] .cb-badge").textContent(), words.doctorFirst);
    await host.locator("[data-view='checker']").click();
    assert.deepEqual(await axeViolations(page), [], "the urgent result");
    await host.locator("details.cb-later > summary").click();
    assert.deepEqual(await axeViolations(page), [], "the urgent result, opened");
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  test(`${lang}: a new rash with pain over the ribs is treated as shingles, today, not sent to a neurologist`, async () => {
    const { host, context } = await widgetPage(lang);
    const asked = await completeInterview(host, {
      "warning-signs": ["back-pain"],
      area: ["ribs"],
      look: ["rash"],
      duration: ["days"],
    });
    assert.ok(!asked.includes("age"), "the interview ends after the skin step");
    assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "urgent");
    assert.match(await verdict(host), words.shingles);
    const specialists = await ids(host, "data-specialist");
    assert.ok(specialists.includes("gp") && !specialists.includes("neurologist"), specialists.join());
    const recipes = await recipesInGuide(host);
    assert.equal(recipes["fruit-acid-peel"], "not-advised");
    assert.equal(recipes["salt-scrub"], "not-advised");
    assert.equal((await statuses(host, "data-procedure"))["chemical-peel"], "not-advised");
    await context.close();
  });

  test(`${lang}: pregnancy warns about retinoids and rules out peels and laser`, async () => {
    const { host, context } = await widgetPage(lang);
    await completeInterview(host, {
      "warning-signs": ["none"],
      look: ["blackheads"],
      age: ["20-39"],
      hormones: ["pregnancy"],
      conditions: ["none"],
    });
    assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "self-care");
    assert.match(await host.locator("[data-advice='pregnancy-medicines']").textContent(), words.differin);
    const procedures = await statuses(host, "data-procedure");
    assert.equal(procedures["chemical-peel"], "not-advised");
    assert.equal(procedures["laser-resurfacing"], "not-advised");
    assert.equal(procedures["ultrasonic-cleansing"], "suitable");
    assert.equal((await recipesInGuide(host))["salicylic-cleanse"], "caution");
    await context.close();
  });

  test(`${lang}: a child under 12 is sent to a doctor, with no procedure and no harsh remedy`, async () => {
    const { host, context } = await widgetPage(lang);
    await completeInterview(host, {
      "warning-signs": ["none"],
      look: ["red-bumps"],
      age: ["under-12"],
      hormones: ["none"],
      conditions: ["none"],
    });
    assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "routine");
    assert.match(await verdict(host), words.child);
    assert.ok((await ids(host, "data-specialist")).includes("gp"));
    for (const [id, status] of Object.entries(await statuses(host, "data-procedure"))) {
      assert.equal(status, "not-advised", id);
    }
    const recipes = await recipesInGuide(host);
    for (const id of HARSH) assert.equal(recipes[id], "not-advised", id);
    assert.equal(recipes["herbal-bath"], "suitable", "a gentle remedy stays open");
    await context.close();
  });

  test(`${lang}: a reader who skips the questions about themselves is offered nothing as suitable, and told what to answer`, async () => {
    const { host, context } = await widgetPage(lang);
    await completeInterview(host, { "warning-signs": ["none"], look: ["blackheads"] });
    assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "self-care");
    for (const [id, status] of Object.entries(await statuses(host, "data-procedure"))) {
      assert.equal(status, "not-advised", id);
    }
    const peel = host.locator("[data-procedure='chemical-peel']");
    await host.locator(".cb-procedures > summary").click();
    await peel.locator("summary").click();
    assert.match(await peel.textContent(), words.answerFirst);
    for (const [id, status] of Object.entries(await recipesInGuide(host))) {
      assert.notEqual(status, "suitable", id);
    }
    await context.close();
  });

  test(`${lang}: thoughts of self-harm get help today, first`, async () => {
    const { host, context } = await widgetPage(lang);
    await completeInterview(host, { "warning-signs": ["self-harm"] });
    assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "urgent");
    const now = await host.locator(".cb-first-actions [data-kind='now']").evaluateAll((e) => e.map((x) => x.dataset.advice));
    assert.equal(now[0], "crisis-help", `crisis help comes first: ${now.join()}`);
    assert.match(await host.locator("[data-advice='crisis-help']").textContent(), words.crisis);
    await context.close();
  });

  test(`${lang}: a reader who skips the warning signs is told them before the verdict, which gives no all-clear, and can go back to them`, async () => {
    const { page, host, context } = await widgetPage(lang);
    await host.locator("[data-action='results']").click();
    const caveat = host.locator("[data-advice='unchecked-warning-signs']");
    await caveat.waitFor();
    assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "self-care");
    const sections = await order(host);
    assert.deepEqual(sections.slice(0, 3), ["h3", "caveat", "triage"], sections.join());
    assert.match(await caveat.textContent(), words.skipped);
    assert.match(await caveat.textContent(), words.emergency);
    assert.doesNotMatch(await verdict(host), words.allClear);
    assert.deepEqual(await axeViolations(page), [], "the result under a caveat");
    await caveat.locator("[data-action='revisit']").click();
    const signs = host.locator("[data-question='warning-signs']");
    await signs.waitFor();
    await signs.locator("input[value='none']").check();
    await host.locator("[data-action='results']").click();
    await host.locator("[data-triage]").waitFor();
    assert.equal(await caveat.count(), 0, "answered, the caveat goes");
    assert.match(await verdict(host), words.allClear);
    await context.close();
  });

  test(`${lang}: back pain with the look of the spots skipped is asked about, then treated as shingles until the look is answered`, async () => {
    const { host, context } = await widgetPage(lang);
    const asked = await completeInterview(host, { "warning-signs": ["back-pain"], area: ["ribs"] });
    assert.ok(asked.includes("look") && asked.includes("duration"), `the skin step is asked: ${asked.join()}`);
    assert.ok(!asked.includes("age"), "the interview ends after the skin step");
    assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "urgent");
    assert.match(await verdict(host), words.shingles);
    const caveat = host.locator("[data-advice='unchecked-look']");
    await caveat.locator("[data-action='revisit']").click();
    const look = host.locator("[data-question='look']");
    await look.waitFor();
    await look.locator("input[value='blackheads']").check();
    await host.locator("[data-action='results']").click();
    await host.locator("[data-triage='routine']").waitFor();
    assert.equal(await caveat.count(), 0, "answered, the caveat goes");
    await context.close();
  });

  test(`${lang}: isotretinoin in pregnancy sends the reader to the prescriber today`, async () => {
    const { host, context } = await widgetPage(lang);
    await completeInterview(host, {
      "warning-signs": ["none"],
      look: ["red-bumps"],
      age: ["20-39"],
      hormones: ["pregnancy"],
      conditions: ["isotretinoin"],
    });
    assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "urgent");
    assert.match(await verdict(host), words.prescriber);
    assert.equal((await ids(host, "data-specialist"))[0], "prescriber");
    assert.match(await host.locator("[data-advice='pregnancy-medicines']").textContent(), words.differin);
    await context.close();
  });

  test(`${lang}: isotretinoin while breastfeeding is for the prescriber within days, with advice that fits`, async () => {
    const { host, context } = await widgetPage(lang);
    await completeInterview(host, {
      "warning-signs": ["none"],
      look: ["blackheads"],
      age: ["20-39"],
      hormones: ["breastfeeding"],
      conditions: ["isotretinoin"],
    });
    assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "soon");
    assert.equal((await ids(host, "data-specialist"))[0], "prescriber");
    await host.locator("details.cb-later > summary").click();
    const advice = await host.locator("[data-advice='pregnancy-medicines']").textContent();
    assert.match(advice, words.breastfeeding);
    assert.doesNotMatch(advice, words.differin, "nothing about pregnancy to a reader who is not pregnant");
    await context.close();
  });

  test(`${lang}: low mood on isotretinoin leads with its side effects and the prescriber`, async () => {
    const { host, context } = await widgetPage(lang);
    await completeInterview(host, {
      "warning-signs": ["mood"],
      look: ["red-bumps"],
      age: ["12-19"],
      hormones: ["none"],
      conditions: ["isotretinoin"],
    });
    assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "soon");
    const now = await host.locator(".cb-first-actions [data-kind='now']").evaluateAll((e) => e.map((x) => x.dataset.advice));
    assert.equal(now[0], "isotretinoin-mood", now.join());
    assert.match(await verdict(host), words.moodSideEffects);
    assert.equal((await ids(host, "data-specialist"))[0], "prescriber");
    await context.close();
  });

  test(`${lang}: a new rash during cancer treatment goes to the cancer team's helpline today`, async () => {
    const { host, context } = await widgetPage(lang);
    await completeInterview(host, {
      "warning-signs": ["none"],
      look: ["rash"],
      age: ["40-plus"],
      hormones: ["none"],
      conditions: ["cancer-treatment"],
    });
    assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "urgent");
    assert.match(await verdict(host), words.helpline);
    assert.equal((await ids(host, "data-specialist"))[0], "prescriber");
    for (const [id, status] of Object.entries(await recipesInGuide(host))) {
      assert.equal(status, HARSH.includes(id) ? "not-advised" : "caution", id);
    }
    await context.close();
  });

  test(`${lang}: spots that get the reader down are a reason to see a doctor, with help offered`, async () => {
    const { host, context } = await widgetPage(lang);
    await completeInterview(host, { "warning-signs": ["mood"], look: ["blackheads"] });
    assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "routine");
    assert.ok((await ids(host, "data-advice")).includes("crisis-help"));
    const specialists = await ids(host, "data-specialist");
    assert.ok(specialists.includes("gp") && specialists.includes("dermatologist"), specialists.join());
    assert.equal(await host.locator("details.cb-later").count(), 0, "not a red flag: the whole result shows");
    await context.close();
  });
}

test("a session stored before pregnancy was split reads an old answer as pregnant now", async () => {
  const context = await env.browser.newContext();
  // The option once read "pregnant or planning a pregnancy": the stricter reading stands.
  await context.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      sessionStorage.setItem("seeded", "1");
      sessionStorage.setItem(
        "clearback:checker:v1:#widget",
        "1|2|1|warning-signs=none;look=blackheads;hormones=pregnancy;conditions=isotretinoin",
      );
    }
  });
  const page = await context.newPage();
  await page.goto(`${env.server.origin}/pages/near.html?lang=en`);
  const host = page.locator("#widget");
  await ready(host);
  await host.locator("[data-triage]").waitFor();
  assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "urgent");
  await host.locator(".cb-actions [data-action='back']").click();
  await host.locator("[data-question='hormones']").waitFor();
  assert.equal(await host.locator("input[name='hormones'][value='pregnancy']").isChecked(), true);
  await context.close();
});
