import 'not-installed-package';
