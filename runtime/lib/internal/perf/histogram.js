'use strict';
// perf_hooks histograms: an HDR histogram as Node's (HdrHistogram_c): values are counted in
// buckets whose width keeps `figures` significant decimal digits, and statistics read bucket
// values (min/percentiles the lowest value of a bucket, max the highest, mean and stddev the
// middle), so results equal Node's for the same records.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { validateInteger, validateNumber, validateObject } = require('internal/validators');
const { inspect } = require('internal/util/inspect');

const kInt64Max = 9223372036854775807n;
const kConstruct = Symbol('kConstruct');
const kLastDelta = Symbol('kLastDelta');

// Node's percentiles maps are its internal SafeMap, and util.inspect shows that name.
class SafeMap extends Map {}

class HdrBuckets {
  constructor(lowest, highest, figures) {
    const largestSingleUnit = 2 * 10 ** figures;
    const subBucketCountMagnitude = Math.ceil(Math.log2(largestSingleUnit));
    this.subBucketHalfCountMagnitude = subBucketCountMagnitude - 1;
    this.subBucketCount = 2 ** subBucketCountMagnitude;
    this.unitMagnitude = BigInt(Math.floor(Math.log2(lowest)));
    this.subBucketMask = BigInt(this.subBucketCount - 1) << this.unitMagnitude;
    this.highest = BigInt(highest);
    this.counts = new Map();  // lowest equivalent value (BigInt) -> count
    this.reset();
  }

  reset() {
    this.counts.clear();
    this.total = 0;
    this.minValue = kInt64Max;
    this.maxValue = 0n;
    this.exceeds = 0;
  }

  // [lowest equivalent value, size of the equivalent range] of the bucket holding `value`.
  #bucketOf(value) {
    const bits = (value | this.subBucketMask).toString(2).length;
    const bucketIndex = BigInt(bits - Number(this.unitMagnitude) -
                               (this.subBucketHalfCountMagnitude + 1));
    const shift = bucketIndex + this.unitMagnitude;
    const subBucketIndex = value >> shift;
    const adjusted = subBucketIndex >= BigInt(this.subBucketCount) ? bucketIndex + 1n : bucketIndex;
    return [subBucketIndex << shift, 1n << (this.unitMagnitude + adjusted)];
  }

  lowestEquivalent(value) { return this.#bucketOf(value)[0]; }
  highestEquivalent(value) {
    const [lowest, size] = this.#bucketOf(value);
    return lowest + size - 1n;
  }
  medianEquivalent(value) {
    const [lowest, size] = this.#bucketOf(value);
    return lowest + (size >> 1n);
  }

  record(value, count = 1) {
    if (value > this.highest) {
      this.exceeds += count;
      return false;
    }
    const key = this.lowestEquivalent(value);
    this.counts.set(key, (this.counts.get(key) ?? 0) + count);
    this.total += count;
    if (value < this.minValue) this.minValue = value;
    if (value > this.maxValue) this.maxValue = value;
    return true;
  }

  sortedBuckets() {
    return [...this.counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  min() { return this.total === 0 ? kInt64Max : this.lowestEquivalent(this.minValue); }
  max() { return this.total === 0 ? 0n : this.highestEquivalent(this.maxValue); }

  mean() {
    if (this.total === 0) return NaN;
    let sum = 0n;
    for (const [value, count] of this.counts) sum += BigInt(count) * this.medianEquivalent(value);
    return Number(sum) / this.total;
  }

  stddev() {
    if (this.total === 0) return NaN;
    const mean = this.mean();
    let sum = 0;
    for (const [value, count] of this.sortedBuckets()) {
      const deviation = Number(this.medianEquivalent(value)) - mean;
      sum += deviation * deviation * count;
    }
    return Math.sqrt(sum / this.total);
  }

  valueAtPercentile(percentile) {
    const wanted = Math.max(1, Math.floor((Math.min(percentile, 100) / 100) * this.total + 0.5));
    let cumulative = 0;
    for (const [value, count] of this.sortedBuckets()) {
      cumulative += count;
      if (cumulative >= wanted) return this.highestEquivalent(value);
    }
    return 0n;
  }

  // HdrHistogram's percentile iteration with one tick per half distance: 0, 50, 75, 87.5, …
  // and a last entry for 100.
  percentiles() {
    const result = [];
    let level = 0;
    let cumulative = 0;
    let last = 0n;
    for (const [value, count] of this.sortedBuckets()) {
      cumulative += count;
      last = value;
      while (cumulative < this.total && (100 * cumulative) / this.total >= level) {
        result.push([level, value]);
        level = nextLevel(level);
      }
      if (cumulative === this.total && (100 * cumulative) / this.total >= level) {
        result.push([level, value]);
        break;
      }
    }
    result.push([100, last]);
    return result;
  }
}

function nextLevel(level) {
  const halfDistance = 2 ** (Math.trunc(Math.log(100 / (100 - level)) / Math.log(2)) + 1);
  return level + 100 / halfDistance;
}

function toNumber(value) {
  return Number(value);
}

class Histogram {
  #buckets;

  constructor(token, lowest, highest, figures) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#buckets = new HdrBuckets(lowest, highest, figures);
  }

  static buckets(histogram) { return histogram.#buckets; }

  get count() { return this.#buckets.total; }
  get countBigInt() { return BigInt(this.#buckets.total); }
  get min() { return toNumber(this.#buckets.min()); }
  get minBigInt() { return this.#buckets.min(); }
  get max() { return toNumber(this.#buckets.max()); }
  get maxBigInt() { return this.#buckets.max(); }
  get mean() { return this.#buckets.mean(); }
  get exceeds() { return this.#buckets.exceeds; }
  get exceedsBigInt() { return BigInt(this.#buckets.exceeds); }
  get stddev() { return this.#buckets.stddev(); }

  percentile(percentile) {
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) {
      throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    return toNumber(this.#buckets.valueAtPercentile(percentile));
  }

  percentileBigInt(percentile) {
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) {
      throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    return this.#buckets.valueAtPercentile(percentile);
  }

  get percentiles() {
    return new SafeMap(this.#buckets.percentiles().map(([level, value]) => [level, toNumber(value)]));
  }

  get percentilesBigInt() {
    return new SafeMap(this.#buckets.percentiles());
  }

  reset() { this.#buckets.reset(); }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    const shown = {
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    };
    return `Histogram ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}


class RecordableHistogram extends Histogram {
  constructor(token, lowest, highest, figures) {
    super(token, lowest, highest, figures);
  }

  record(val) {
    if (typeof val === 'bigint') {
      if (val < 1n || val > BigInt(Number.MAX_SAFE_INTEGER)) {
        // Node's native check, with its shorter message.
        const error = new RangeError('value is out of range');
        error.code = 'ERR_OUT_OF_RANGE';
        throw error;
      }
      Histogram.buckets(this).record(val);
      return;
    }
    validateInteger(val, 'val', 1);
    Histogram.buckets(this).record(BigInt(val));
  }

  recordDelta() {
    const now = process.hrtime.bigint();
    const previous = this[kLastDelta];
    this[kLastDelta] = now;
    if (previous !== undefined) {
      const delta = now - previous;
      Histogram.buckets(this).record(delta > 0n ? delta : 1n);
    }
  }

  add(other) {
    if (!(other instanceof RecordableHistogram)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    const target = Histogram.buckets(this);
    const source = Histogram.buckets(other);
    for (const [value, count] of source.counts) {
      target.record(value, count);
    }
    if (source.total > 0) {
      if (source.minValue < target.minValue) target.minValue = source.minValue;
      if (source.maxValue > target.maxValue) target.maxValue = source.maxValue;
    }
    target.exceeds += source.exceeds;
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest !== 'bigint') {
    validateInteger(highest, 'options.highest', 2 * Number(lowest), Number.MAX_SAFE_INTEGER);
  } else if (highest < 2n * BigInt(lowest)) {
    throw new ERR_INVALID_ARG_TYPE('options.highest', 'number', highest);
  }
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kConstruct, Number(lowest), highest, figures);
}

// monitorEventLoopDelay: a timer every `resolution` ms records how late it fired, in ns.
class IntervalHistogram extends Histogram {
  #timer = null;
  #resolution;
  #expected = 0n;

  constructor(token, resolution) {
    super(token, 1, Number.MAX_SAFE_INTEGER, 3);
    this.#resolution = resolution;
  }

  enable() {
    if (this.#timer !== null) return false;
    const interval = BigInt(this.#resolution) * 1000000n;
    this.#expected = process.hrtime.bigint() + interval;
    this.#timer = setInterval(() => {
      const now = process.hrtime.bigint();
      const delay = now - this.#expected + interval;
      this.#expected = now + interval;
      if (delay > 0n) Histogram.buckets(this).record(delay);
    }, this.#resolution);
    this.#timer.unref();
    return true;
  }

  disable() {
    if (this.#timer === null) return false;
    clearInterval(this.#timer);
    this.#timer = null;
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kConstruct, resolution);
}

module.exports = { Histogram, RecordableHistogram, createHistogram, monitorEventLoopDelay };
