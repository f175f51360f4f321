import 'pkg/sub';
