#!/usr/bin/env node
require("../dist/ethics.cjs");
