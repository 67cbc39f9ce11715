// A self-marking quiz built from the JSON in #quiz-data. Every text from the bank is put
// into the page with textContent (never as HTML), so article text always stays text.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("quiz-data").textContent);
  const root = document.getElementById("quiz");
  const progress = document.getElementById("progress");
  let state;

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function order(count, keep) {
    const indexes = Array.from({ length: count }, (_, i) => i);
    if (keep) return indexes;
    for (let i = count - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [indexes[i], indexes[j]] = [indexes[j], indexes[i]];
    }
    return indexes;
  }

  function showProgress() {
    progress.textContent =
      `Answered ${state.answered} of ${data.questions.length} · ${state.right} right`;
  }

  function feedback(box, question, right) {
    box.replaceChildren();
    const verdict = right ? "Right!" : `Not quite. The answer is: ${question.choices[question.answer]}`;
    box.append(el("p", { class: "verdict " + (right ? "right" : "wrong") }, verdict));
    if (question.explanation) box.append(el("p", { class: "explanation", dir: "auto" }, question.explanation));
    if (question.source) box.append(el("p", { class: "source", dir: "auto" }, question.source));
  }

  function check(section, question) {
    const chosen = section.querySelector("input:checked");
    const box = section.querySelector(".feedback");
    if (!chosen) {
      box.replaceChildren(el("p", { class: "verdict" }, "Choose an answer first."));
      return;
    }
    const right = Number(chosen.value) === question.answer;
    for (const input of section.querySelectorAll("input")) {
      input.disabled = true;
      const label = input.closest(".choice");
      if (Number(input.value) === question.answer) label.classList.add("right");
      else if (input === chosen) label.classList.add("wrong");
    }
    section.querySelector(".check").disabled = true;
    section.dataset.result = right ? "right" : "wrong";
    state.answered += 1;
    if (right) state.right += 1;
    feedback(box, question, right);
    showProgress();
    const next = section.querySelector(".next");
    if (next) {
      next.hidden = false;
      next.focus();
    } else if (state.answered === data.questions.length) {
      finish();
    }
  }

  function questionSection(question, index) {
    const number = index + 1;
    const section = el("section", { class: "question", id: `q${number}` });
    const fieldset = el("fieldset");
    const legend = el("legend", { dir: "auto" });
    legend.append(el("span", { class: "number" }, `Question ${number} of ${data.questions.length}`));
    legend.append(document.createTextNode(question.text));
    fieldset.append(legend);
    for (const choice of order(question.choices.length, question.keep_order)) {
      const label = el("label", { class: "choice" });
      label.append(el("input", { type: "radio", name: `q${number}`, value: String(choice) }));
      label.append(el("span", { dir: "auto" }, question.choices[choice]));
      fieldset.append(label);
    }
    section.append(fieldset);
    const button = el("button", { type: "button", class: "check" }, "Check answer");
    button.addEventListener("click", () => check(section, question));
    section.append(button);
    // Enter on a choice checks it, as a form would.
    fieldset.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && event.target.matches("input")) {
        event.preventDefault();
        check(section, question);
      }
    });
    section.append(el("div", { class: "feedback", role: "status", "aria-live": "polite" }));
    if (data.layout === "one") {
      const last = number === data.questions.length;
      const next = el("button", { type: "button", class: "next", hidden: "" },
        last ? "See your score" : "Next question");
      next.addEventListener("click", () => (last ? finish() : show(number)));
      section.append(next);
      section.hidden = index !== 0;
    }
    return section;
  }

  function show(index) {
    for (const section of root.querySelectorAll(".question")) section.hidden = true;
    const section = root.querySelectorAll(".question")[index];
    section.hidden = false;
    section.querySelector("input").focus();
  }

  function finish() {
    const total = data.questions.length;
    const percent = Math.round((100 * state.right) / total);
    const results = el("section", { class: "results", id: "results", tabindex: "-1" });
    results.append(el("h2", {}, "Your score"));
    results.append(el("p", { class: "score" }, `${state.right} of ${total} right (${percent}%)`));
    const again = el("button", { type: "button", class: "again" }, "Try again");
    again.addEventListener("click", start);
    results.append(again);
    if (data.layout === "one") {
      for (const section of root.querySelectorAll(".question")) section.hidden = true;
    }
    root.append(results);
    results.focus();
  }

  function start() {
    state = { answered: 0, right: 0 };
    root.replaceChildren(...data.questions.map(questionSection));
    showProgress();
    const first = root.querySelector("input");
    if (first && document.activeElement !== document.body) first.focus();
  }

  start();
})();
