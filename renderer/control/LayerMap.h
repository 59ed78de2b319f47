#pragma once
// CasparCG addresses a graphic as channel-layer plus a CG layer inside that video layer;
// Landslide has one channel (1) and numbered playout layers. The mapping is fixed:
//   playout layer = video layer × 100 + CG layer   (video layer 0–9999, CG layer 0–99)
// so "CG 1-20 ADD 1 …" plays on playout layer 2001, stacking follows CasparCG's order
// (higher video layers on top, then higher CG layers), and every playout layer has one
// CasparCG address (the console's layer 10 is video layer 0, CG layer 10).
namespace landslide {

struct CasparAddress {
  int videoLayer = 0;
  int cgLayer = 0;
};

constexpr int kCgLayersPerVideoLayer = 100;
constexpr int kMaxVideoLayer = 9999;
constexpr int kCasparDefaultCgVideoLayer = 9999; // cg_proxy::DEFAULT_LAYER: CG without a layer

constexpr bool validCasparAddress(int videoLayer, int cgLayer) {
  return videoLayer >= 0 && videoLayer <= kMaxVideoLayer && cgLayer >= 0 && cgLayer < kCgLayersPerVideoLayer;
}
constexpr int playoutLayer(int videoLayer, int cgLayer) { return videoLayer * kCgLayersPerVideoLayer + cgLayer; }
constexpr CasparAddress casparAddress(int layer) {
  return {layer / kCgLayersPerVideoLayer, layer % kCgLayersPerVideoLayer};
}
// Whether a playout layer belongs to a video layer.
constexpr bool inVideoLayer(int layer, int videoLayer) {
  return layer >= 0 && layer / kCgLayersPerVideoLayer == videoLayer;
}

} // namespace landslide
