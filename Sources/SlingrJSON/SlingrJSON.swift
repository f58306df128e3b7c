// Module SlingrJSON.
