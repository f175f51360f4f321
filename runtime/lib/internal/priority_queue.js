'use strict';
// A binary min-heap. Items may record their heap index (setPosition) so that they can be
// removed from the middle, which timers need when a list is emptied by clearTimeout.

class PriorityQueue {
  #compare;
  #setPosition;
  #heap = [];

  constructor(compare, setPosition) {
    this.#compare = compare;
    this.#setPosition = setPosition;
  }

  get size() { return this.#heap.length; }

  peek() { return this.#heap.length > 0 ? this.#heap[0] : null; }

  insert(value) {
    this.#heap.push(value);
    this.#siftUp(this.#heap.length - 1);
  }

  shift() {
    const heap = this.#heap;
    if (heap.length === 0) return null;
    const top = heap[0];
    this.removeAt(0);
    return top;
  }

  removeAt(index) {
    const heap = this.#heap;
    const last = heap.pop();
    if (index < heap.length) {
      heap[index] = last;
      this.#place(index);
      if (index > 0 && this.#compare(heap[index], heap[(index - 1) >> 1]) < 0) {
        this.#siftUp(index);
      } else {
        this.#siftDown(index);
      }
    }
  }

  // Re-establishes the order after the item at `index` grew (its key moved later).
  percolateDown(index) { this.#siftDown(index); }

  #place(index) {
    if (this.#setPosition !== undefined) this.#setPosition(this.#heap[index], index);
  }

  #siftUp(index) {
    const heap = this.#heap;
    const item = heap[index];
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.#compare(heap[parent], item) <= 0) break;
      heap[index] = heap[parent];
      this.#place(index);
      index = parent;
    }
    heap[index] = item;
    this.#place(index);
  }

  #siftDown(index) {
    const heap = this.#heap;
    const size = heap.length;
    const item = heap[index];
    for (;;) {
      let child = 2 * index + 1;
      if (child >= size) break;
      if (child + 1 < size && this.#compare(heap[child + 1], heap[child]) < 0) child++;
      if (this.#compare(item, heap[child]) <= 0) break;
      heap[index] = heap[child];
      this.#place(index);
      index = child;
    }
    heap[index] = item;
    this.#place(index);
  }
}

module.exports = PriorityQueue;
