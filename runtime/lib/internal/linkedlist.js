'use strict';
// Intrusive circular doubly linked lists: the list object is the sentinel, items carry
// _idleNext/_idlePrev. Used by the timer lists.

function init(list) {
  list._idleNext = list;
  list._idlePrev = list;
  return list;
}

function peek(list) {
  return list._idlePrev === list ? null : list._idlePrev;
}

function remove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

// Adds `item` at the head; peek() returns the oldest item, so lists run in insertion order.
function append(list, item) {
  if (item._idleNext || item._idlePrev) remove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

function isEmpty(list) {
  return list._idleNext === list;
}

module.exports = { init, peek, remove, append, isEmpty };
