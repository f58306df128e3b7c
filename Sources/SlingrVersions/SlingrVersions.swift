// Module SlingrVersions.
