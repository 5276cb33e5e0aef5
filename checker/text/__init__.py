"""Text handling shared by all extractors: folding, segmentation, inflection."""
