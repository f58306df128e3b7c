#!/usr/bin/env node
// expect: valid
var hashbang = true;
