console.log(require('dns').getDefaultResultOrder())
