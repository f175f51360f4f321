#!/usr/bin/env node
export const x = 'hashbang in typeless ESM';
