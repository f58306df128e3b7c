// expect error: Invalid destructuring assignment target (2:7)
({ get x() {} } = obj);
