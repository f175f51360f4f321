exports.isMain = require.main === module; exports.mainIsMain = require.main.id;
