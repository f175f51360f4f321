require('pkg/private');
