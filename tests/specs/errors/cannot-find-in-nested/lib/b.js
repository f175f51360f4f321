require('missing-dep');
