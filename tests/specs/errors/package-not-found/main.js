require('left-pad-that-is-not-installed');
