const path = require('path');
exports.info = {
  id: path.basename(module.id),
  filename: path.basename(module.filename),
  loadedDuringLoad: module.loaded,
  parentId: module.parent.id,
};
exports.module = module;
