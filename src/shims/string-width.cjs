// cli-table3 measures every cell line with string-width 4, which builds its large emoji regular
// expression on every call: about 200 ms for one table. The bundle aliases string-width to our
// own display width (tsup.config.ts), which measures CJK text the same way.
const { displayWidth } = require("../render/text.ts");
module.exports = (text) => displayWidth(text);
