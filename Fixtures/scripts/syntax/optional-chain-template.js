// expect error: Invalid tagged template on optional chain (2:8)
obj?.tag`text`;
