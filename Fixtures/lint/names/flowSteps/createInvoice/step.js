step.createInvoice = function (inputs) {
    var invoice = pkg.billing.api.post('/invoices', { amount: inputs.amount });
    return { invoice: invoice };
};
