process.emitWarning('by code', { code: 'MY_CODE' });
process.emitWarning('by type', 'ExperimentalWarning');
process.emitWarning('kept', { code: 'OTHER' });
