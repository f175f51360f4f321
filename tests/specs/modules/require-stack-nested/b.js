require('missing-package/sub');
