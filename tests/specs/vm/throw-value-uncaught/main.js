new (require('vm').Script)('throw 1').runInThisContext();
