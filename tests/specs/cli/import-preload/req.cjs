globalThis.order = [...(globalThis.order || []), 'require'];
