naïve = 'été' +
