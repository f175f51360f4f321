'use strict';
// Private state shared between readline's modules (the interface, the keypress decoder and
// the two public Interface classes).

module.exports = {
  kSawKeyPress: Symbol('_sawKeyPress'),
  kQuestion: Symbol('_question'),
  kQuestionCancel: Symbol('_questionCancel'),
  kQuestionReject: Symbol('_questionReject'),
};
