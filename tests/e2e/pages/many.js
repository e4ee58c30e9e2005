// Fifty widgets, added by the page's own script before embed.js has run or after.
for (let i = 0; i < 50; i += 1) {
  const widget = document.createElement("clearback-widget");
  widget.id = `w${i}`;
  document.getElementById("main").appendChild(widget);
}
