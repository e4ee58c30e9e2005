// The host page's own script: proves it keeps running whatever the widget does, and
// records what the widget tells the page.
window.hostTicks = 0;
window.assessments = [];
setInterval(function () {
  window.hostTicks += 1;
}, 50);
document.addEventListener("clearback:assessment", function (event) {
  window.assessments.push(JSON.parse(JSON.stringify(event.detail)));
});
