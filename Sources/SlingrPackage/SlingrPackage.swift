// Module SlingrPackage.
