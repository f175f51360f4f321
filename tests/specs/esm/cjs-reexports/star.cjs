"use strict";
var __exportStar = function (m, exports) { for (var p in m) if (p !== "default" && !exports.hasOwnProperty(p)) exports[p] = m[p]; };
Object.defineProperty(exports, "__esModule", { value: true });
__exportStar(require("./base.cjs"), exports);
__exportStar(require("./more.cjs"), exports);
exports.own = 'own';
