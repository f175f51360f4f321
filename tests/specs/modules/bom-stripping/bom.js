module.exports = "js with BOM";
