#!/usr/bin/env node
import "../dist/ethics.js";
