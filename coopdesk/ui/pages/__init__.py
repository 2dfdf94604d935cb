"""One package per page of the navigation."""
