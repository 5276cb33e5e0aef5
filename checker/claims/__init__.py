"""Claims across articles, without a sheet: `factlint compare` and `factlint draft`."""
