"""borderwatch incidents: articles → claims → incidents, with every disagreement kept."""
