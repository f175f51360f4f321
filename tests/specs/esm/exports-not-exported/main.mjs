import 'locked/internal.js';
