import 'node:not-a-builtin';
