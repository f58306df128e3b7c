exports.forecast = function (city) {
    return dependencies.http.get({ url: 'https://weather.example.com/' + city });
};
