"""Sources: the posts, articles and reports an incident is read from."""
