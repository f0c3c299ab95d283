/**
 * Stands in for `protobufjs/minimal` in the browser bundle. DDSketch requires it lazily,
 * only to serialise a sketch, which this project never does; it is a development
 * dependency of @datadog/sketches-js and so is not installed. Serialising would fail loudly.
 */
const unavailable = () => {
  throw new Error('protobuf serialisation of quantile sketches is not available in this build');
};

export default { roots: {}, util: {}, Reader: { create: unavailable }, Writer: { create: unavailable } };
